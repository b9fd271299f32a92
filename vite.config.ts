import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { mapData } from './build/mapData';
import { validateData } from './build/validateData';
import { devCsp } from './build/devCsp';
import { formatTablePlugin } from './build/formatTable';

export default defineConfig({
  plugins: [react(), validateData(), mapData(), formatTablePlugin(), devCsp()],
  build: { target: 'es2022' },
});
