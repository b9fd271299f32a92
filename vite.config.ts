import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { validateData } from './build/validateData';

export default defineConfig({
  plugins: [react(), validateData()],
  build: { target: 'es2022' },
});
