/**
 * How this project starts Debian's Chromium headless, for the browser tests and the print-to-PDF
 * baseline alike. Without the background-networking flags Chromium keeps dialling out on a
 * machine whose network is closed.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const headlessChromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
