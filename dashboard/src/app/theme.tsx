/** Normal (light) or wall-screen (dark) look; `?screen=1` in the URL selects the wall screen. */
import { createContext, useContext, type ReactNode } from 'react';
import { LIGHT, SCREEN, type ChartTheme } from '../components/theme';

const ThemeContext = createContext<ChartTheme>(LIGHT);

export function ChartThemeProvider({ screen, children }: { screen: boolean; children: ReactNode }) {
  return <ThemeContext.Provider value={screen ? SCREEN : LIGHT}>{children}</ThemeContext.Provider>;
}

export function useChartTheme(): ChartTheme {
  return useContext(ThemeContext);
}
