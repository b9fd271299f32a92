import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { validateData } from './build/validateData';
import { devCsp } from './build/devCsp';

export default defineConfig({
  plugins: [react(), validateData(), devCsp()],
  build: { target: 'es2022' },
});
