import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './shell/App';
import './styles.css';

// The Content Security Policy forbids eval; zod would otherwise probe for it with new Function().
z.config({ jitless: true });

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
