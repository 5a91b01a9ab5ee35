import { render } from 'preact';
import { App } from '../../components/popup/App';
import { popupServices } from './services';

// style.css is not imported here: index.html inlines it (`<style>@import`), so the first render
// waits for one request fewer and for no stylesheet (issue 10). The default extension-page CSP
// restricts scripts only, so the inline style is allowed.
render(<App services={popupServices} />, document.getElementById('app')!);
