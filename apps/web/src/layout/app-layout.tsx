import { AppShell, Burger, NavLink } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef, type MouseEvent } from 'react';
import { NavLink as RouterNavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { sv } from '../i18n/sv';
import classes from './app-layout.module.css';
import { useAuth } from '../auth/use-auth';
import { visibleNavItems } from './nav-items';
import { UserMenu } from './user-menu';

const MAIN_ID = 'huvudinnehall';
const NAV_ID = 'huvudmeny';

export function AppLayout() {
  const [menuOpen, menu] = useDisclosure(false);
  // Mantine's "sm" breakpoint (48em): below it the menu is a toggled drawer.
  const isMobile = useMediaQuery('(max-width: 47.99em)');
  const navigation = useNavigation();
  const { pathname } = useLocation();
  const { me } = useAuth();
  const items = visibleNavItems(me.grants);
  const mainRef = useRef<HTMLElement>(null);
  const lastPathname = useRef(pathname);

  // After client-side navigation, move focus to the new content so keyboard and screen reader users start there.
  useEffect(() => {
    if (lastPathname.current === pathname) return;
    lastPathname.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !menuOpen } }}
      padding="md"
    >
      <a href={`#${MAIN_ID}`} className={classes.skipLink} onClick={skipToMain}>
        {sv.layout.skipLink}
      </a>
      <AppShell.Header className={classes.header}>
        <Burger
          opened={menuOpen}
          onClick={menu.toggle}
          hiddenFrom="sm"
          size="sm"
          aria-label={menuOpen ? sv.layout.closeMenu : sv.layout.openMenu}
          aria-expanded={menuOpen}
          aria-controls={NAV_ID}
        />
        <div className={classes.brand}>
          <div className={classes.productName}>{sv.app.name}</div>
          <div className={classes.tagline}>{sv.app.tagline}</div>
        </div>
        <UserMenu />
      </AppShell.Header>
      {/* A collapsed drawer is only moved off-screen, so make it inert to keep its links out of the tab order. */}
      <AppShell.Navbar id={NAV_ID} aria-label={sv.layout.mainNav} p="xs" inert={isMobile && !menuOpen}>
        <ul className={classes.navList}>
          {items.map((item) => (
            <li key={item.to}>
              <NavLink
                component={RouterNavLink}
                to={item.to}
                end={item.end}
                label={item.label}
                className={classes.navLink}
                onClick={menu.close}
              />
            </li>
          ))}
        </ul>
      </AppShell.Navbar>
      <AppShell.Main
        id={MAIN_ID}
        ref={mainRef}
        tabIndex={-1}
        className={classes.main}
        aria-busy={navigation.state === 'loading' || undefined}
      >
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
