import { render } from 'preact';
import { App } from '../../components/popup/App';
import './style.css';

render(<App />, document.getElementById('app')!);
