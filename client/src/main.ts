import 'ol/ol.css';
import './styles/base.css';
import './styles/header.css';
import './styles/map.css';
import './styles/panel.css';
import './styles/forms.css';

import { ApiClient } from './api/api-client';
import type { ClientConfig } from './api/api-types';
import { App } from './app';
import { translate } from './dom/element';
import { errorText, initI18n, t } from './i18n/i18n';
import { Notices } from './panels/notices';
import { Session } from './session';
import { installTestHook } from './test-hook';

const OFFLINE_CONFIG: ClientConfig = {
  tileUrl: null,
  tileAttribution: null,
  sampleData: false,
};

/**
 * Starts the client: the language first, then the deployment's settings and
 * the session, then the map. Failures are shown, and the map still opens.
 */
async function start(): Promise<void> {
  initI18n();
  translate(document.body);
  document.title = `${t('app.title')} – ${t('app.city')}`;
  const notices = new Notices(
    document.getElementById('notices') as HTMLElement,
  );
  const client = new ApiClient();
  const session = new Session(client);

  const [config, loaded] = await Promise.allSettled([
    client.getConfig(),
    session.load(),
  ]);
  if (config.status === 'rejected') {
    notices.error(`${t('errors.loadConfig')} ${errorText(config.reason)}`);
  }
  if (loaded.status === 'rejected') {
    notices.error(`${t('errors.loadSession')} ${errorText(loaded.reason)}`);
  }

  const app = new App({
    client,
    config: config.status === 'fulfilled' ? config.value : OFFLINE_CONFIG,
    session,
    notices,
  });
  installTestHook(app.map, app.spotLayers);
}

void start();
