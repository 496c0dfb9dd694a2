import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from '@/lib/route';

function subscribe(callback: () => void) {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

let lastHash = '';
let lastRoute: Route = parseRoute('');
function snapshot(): Route {
  if (location.hash !== lastHash) {
    performance.mark('roleclip:route');
    lastHash = location.hash;
    lastRoute = parseRoute(lastHash);
  }
  return lastRoute;
}

/** The workspace's current route, following the URL hash. */
export function useHashRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot);
}
