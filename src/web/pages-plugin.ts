import type { Plugin } from 'graphql-yoga';
import { errorFields, type Logger, requestScope } from '../logging.ts';
import { type ApiClient, type AppFetch, createApiClient } from './api.ts';
import { comparePage } from './compare/page.ts';
import { type Page, problemPage } from './error-pages.ts';
import { html } from './html.ts';
import { landingPage } from './landing.ts';
import { STYLESHEET_PATH } from './layout.ts';
import { leaderboardPage } from './leaderboard/page.ts';
import { modelPage } from './model/page.ts';
import { PAGES_CSS } from './styles.ts';

type Route = (api: ApiClient, params: URLSearchParams) => Promise<Page>;

const ROUTES: Record<string, Route> = {
  '/': landingPage,
  '/compare': comparePage,
  '/model': modelPage,
  '/leaderboard': leaderboardPage,
};

/**
 * No script runs on the pages and nothing loads from elsewhere: the policy says so, so that an
 * injection that slipped past the escaping still could not run or fetch anything.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Copied for each response: the server's Response sets content-length on the headers object it is given. */
const HTML_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cache-control': 'no-cache',
};

export interface PagesOptions {
  /** The app's own fetch: every page is rendered from GraphQL operations run through it, never from the services. */
  fetch: AppFetch;
  logger: Logger;
}

/**
 * The HTML pages (`/`, `/compare`, `/model`, `/leaderboard`) and their stylesheet, inside the Yoga instance. A
 * page that fails is logged with its stack and answered with a plain 500 page: no stack reaches
 * the browser.
 */
export function usePages({ fetch, logger }: PagesOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const route = ROUTES[url.pathname];
      if (!route && url.pathname !== STYLESHEET_PATH) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response('Method not allowed: the pages answer GET.', { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      if (!route) {
        endResponse(new fetchAPI.Response(PAGES_CSS, { headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' } }));
        return;
      }
      const api = createApiClient(fetch, requestScope.getStore()?.requestId ?? null);
      let page: Page;
      try {
        page = await route(api, url.searchParams);
      } catch (error) {
        logger.error('page failed', { path: url.pathname, ...errorFields(error) });
        page = problemPage(500, 'Something went wrong', [html`This page could not be rendered. The error is in the server log.`]);
      }
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : page.body.text, { status: page.status, headers: { ...HTML_HEADERS } }));
    },
  };
}
