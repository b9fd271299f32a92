/* global document */
// The reference page's only behaviour: show the slider's year, and say it is ready as the app does.
const input = document.querySelector('input');
const year = document.getElementById('year');
input.addEventListener('input', () => {
  year.textContent = input.value;
  input.setAttribute('aria-valuenow', input.value);
});
document.getElementById('root').setAttribute('data-ready', 'true');
performance.mark('app:ready');
performance.mark('app:warm');
