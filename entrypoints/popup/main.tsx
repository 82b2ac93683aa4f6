import { createRoot } from 'react-dom/client';
import { ShipLensDb } from '@/utils/db';
import { PopupRoot } from '@/utils/popup/PopupRoot';
import { defaultPack } from '@/utils/rules/pack/bundled-pack';
import '@/components/extension-pages/base.css';
import '@/components/popup/popup.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<PopupRoot db={new ShipLensDb()} fallback={defaultPack} />);
