import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons and links on white above 4.5:1 (shade 6 is ~3.6:1).
  primaryShade: 8,
  focusRing: 'auto',
});
