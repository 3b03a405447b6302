import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ReportPage } from '../../components/ReportPage';
import '../../components/style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReportPage />
  </StrictMode>,
);
