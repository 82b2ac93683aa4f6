import { createRoot } from 'react-dom/client';
import { browserOptionsEnv } from '@/utils/options/browser-env';
import { OptionsRoot } from '@/utils/options/OptionsRoot';
import '@/components/extension-pages/base.css';
import '@/components/options/options.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<OptionsRoot env={browserOptionsEnv()} />);
