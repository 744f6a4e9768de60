// The phone header's menu button (the disclosure pattern). Without this script the button stays
// hidden and the menu shows as a list, so every link is reachable; with it, narrow screens get a
// button that shows and hides the menu (the stylesheet hides it only under `.menu-collapsible`).
const header = document.querySelector('.site-header');
const button = header?.querySelector('.menu-button');
const menu = button && document.getElementById(button.getAttribute('aria-controls') ?? '');

function setOpen(open) {
  button.setAttribute('aria-expanded', String(open));
  header.classList.toggle('menu-open', open);
}

if (header && button && menu) {
  header.classList.add('menu-collapsible');
  button.hidden = false;
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  // Escape closes an open menu and leaves the focus on its button (APG disclosure navigation).
  header.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
    setOpen(false);
    button.focus();
  });
}
