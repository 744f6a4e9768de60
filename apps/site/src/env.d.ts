/** Files imported as text by Vite (`?raw`): the stylesheet and the search script. */
declare module '*?raw' {
  const text: string;
  export default text;
}
