import { type ApiClient, isUserError } from '../api.ts';
import { apiErrorPage, type Page, problemPage } from '../error-pages.ts';
import { root } from '../field.ts';
import { LeaderboardDocument, type LeaderboardKey, type PeerGroup } from '../generated/operations.ts';
import { type Html, html } from '../html.ts';
import { LEADERBOARD_KEY_LABELS, labelOf, PEER_GROUP_LABELS } from '../labels.ts';
import { layout } from '../layout.ts';
import { leaderboardPageLink } from '../links.ts';
import { boardForms, boardHeading, boardTitle, LEADERBOARD_KEYS, PEER_GROUPS, rankingSection, unrankedSection } from './sections.ts';

export const LEADERBOARD_SOURCE = 'Leaderboard';
/** A page of the board: enough to see a tier whole, few enough to read on a phone. */
export const LEADERBOARD_PAGE_SIZE = 50;

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

/** The parameters the page takes and what each accepts, each value a link to its board. */
function acceptedValues(): Html {
  const values = <T extends string>(all: readonly T[], labels: Record<T, string>, link: (value: T) => string) =>
    html`<ul>${all.map((value) => html`<li><a href="${link(value)}"><code>${value}</code></a>: ${labelOf(labels, value)}</li>`)}</ul>`;
  return html`<h2 id="accepted">What the page accepts</h2>
<dl>
<dt><code>peerGroup</code> (default <code>TEXT</code>)</dt><dd>${values(PEER_GROUPS, PEER_GROUP_LABELS, (peerGroup) => leaderboardPageLink({ peerGroup, by: 'OVERALL' }))}</dd>
<dt><code>by</code> (default <code>OVERALL</code>)</dt><dd>${values(
    LEADERBOARD_KEYS.filter((key) => key !== 'BENCHMARK'),
    LEADERBOARD_KEY_LABELS,
    (by) => leaderboardPageLink({ peerGroup: 'TEXT', by }),
  )}<p><code>BENCHMARK</code>: ${labelOf(LEADERBOARD_KEY_LABELS, 'BENCHMARK')}, named by <code>benchmarkId</code>.</p></dd>
<dt><code>benchmarkId</code></dt><dd>Only with <code>by=BENCHMARK</code>: a benchmark's id; a model page links each of its results to its benchmark's board (<a href="${leaderboardPageLink({ peerGroup: 'TEXT', by: 'BENCHMARK', benchmarkId: 'lmarena-text' })}"><code>lmarena-text</code></a>).</dd>
<dt><code>after</code></dt><dd>Where a page starts: the cursor in the board's own “Next page” link.</dd>
</dl>`;
}

const refused = (problems: Html[]) => problemPage(400, 'This leaderboard cannot be shown', problems, acceptedValues());

/** A parameter the page takes as given, or undefined when absent or blank (then the API's default applies). */
const given = (params: URLSearchParams, name: string) => params.get(name)?.trim() || undefined;

/** GET /leaderboard?peerGroup=…&by=…[&benchmarkId=…][&after=…] */
export async function leaderboardPage(api: ApiClient, params: URLSearchParams): Promise<Page> {
  const peerGroup = given(params, 'peerGroup');
  const by = given(params, 'by');
  const problems = [
    peerGroup !== undefined && !isOneOf(PEER_GROUPS, peerGroup) ? html`peerGroup: “${peerGroup}” is not a peer group.` : '',
    by !== undefined && !isOneOf(LEADERBOARD_KEYS, by) ? html`by: “${by}” is not something a leaderboard ranks by.` : '',
  ].filter((problem): problem is Html => problem !== '');
  if (problems.length) return refused(problems);

  const result = await api(LeaderboardDocument, {
    peerGroup: peerGroup as PeerGroup | undefined,
    by: by as LeaderboardKey | undefined,
    benchmarkId: given(params, 'benchmarkId'),
    after: given(params, 'after'),
    first: LEADERBOARD_PAGE_SIZE,
  });
  if (!result.ok) return result.errors.every(isUserError) ? refused(result.errors.map((error) => html`${error.message}`)) : apiErrorPage(result.errors);

  const data = root(LEADERBOARD_SOURCE, result.data);
  const board = data.at('leaderboard');
  return {
    status: 200,
    body: layout(
      boardTitle(board.value),
      html`<h1>${boardHeading(board)}</h1>
<p class="lead">Ranked as the API's leaderboard ranks them: ties share a rank, and a model without the value is listed below with the reason, never ranked as a zero.</p>
${boardForms(board.value)}
${rankingSection(board, data.at('methodology').at('rules'))}
${unrankedSection(board)}`,
    ),
  };
}
