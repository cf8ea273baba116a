// First: rewrites ?embed=1 before the # into the hash before the router reads the URL.
import './app/boot-url';
// The reader's 阅读 settings (大字, 高对比度) before anything is drawn.
import './app/reading/apply-reading';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { router } from './app/router';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
