import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { mapData } from './build/mapData';
import { validateData } from './build/validateData';

export default defineConfig({
  plugins: [react(), validateData(), mapData()],
  build: { target: 'es2022' },
});
