import { type Html, html } from './html.ts';

export const STYLESHEET_PATH = '/assets/pages.css';

/** Every page: one stylesheet from this server, no script, nothing from elsewhere (works offline). */
export function layout(title: string, body: Html): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · AI model comparison</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
<link rel="icon" href="data:,">
</head>
<body>
<header class="site">
<a class="home" href="/">AI model comparison</a>
<nav aria-label="Site"><a href="/">Examples</a><a href="/leaderboard">Leaderboard</a><a href="/graphql">GraphiQL</a></nav>
</header>
<main>
${body}
</main>
<footer class="site">Every figure on this page is a field of the GraphQL API (<a href="/graphql">/graphql</a>), rendered as it answered; unknown figures say why.</footer>
</body>
</html>
`;
}
