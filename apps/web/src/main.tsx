import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { setMaxConcurrentRequests } from './api/client';
import { fetchSystemInfo } from './api/system';
import { AppProviders } from './app-providers';
import { createQueryClient } from './query-client';
import { routes } from './routes';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// One API request at a time until we know the database; the embedded one cannot take parallel requests reliably.
setMaxConcurrentRequests(1);
fetchSystemInfo()
  .then((info) => {
    if (info.databaseMode === 'server') setMaxConcurrentRequests(6);
  })
  .catch(() => {});

const router = createBrowserRouter(routes);
const queryClient = createQueryClient();

createRoot(root).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
