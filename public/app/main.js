// Entry point: renders the explorer into #app. Everything else is imported from here.
import { render } from 'preact';
import { App } from './components/app.js';
import { html } from './html.js';

render(html`<${App} />`, document.getElementById('app'));
