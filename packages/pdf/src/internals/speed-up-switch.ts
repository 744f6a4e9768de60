/**
 * A speed-up that tests can turn off around a render, to compare the bytes with what pdfmake and
 * pdfkit make on their own (`test/render-speedups.test.ts`). On except inside `without`.
 */
export interface SpeedUpSwitch {
  readonly on: boolean;
  without<T>(render: () => Promise<T>): Promise<T>;
}

export function speedUpSwitch(): SpeedUpSwitch {
  let on = true;
  return {
    get on() {
      return on;
    },
    async without(render) {
      on = false;
      try {
        return await render();
      } finally {
        on = true;
      }
    },
  };
}
