// Entry point of the renderer: styles, the API client for this window, and the app.
import 'prosemirror-view/style/prosemirror.css';
import './styles/theme.css';
import './styles/layout.css';
import './styles/header.css';
import './styles/sidebar.css';
import './styles/article.css';
import './styles/dialog.css';
import './styles/datasets.css';
import './styles/annotate-layout.css';
import './styles/highlights.css';
import './styles/annotation-panel.css';
import './styles/popovers.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client';
import { desktopBridge } from './api/windowBridges';
import { App } from './app/App';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App client={createApiClient()} desktop={desktopBridge()} />
  </StrictMode>,
);
