import type { Field } from '../field.ts';
import { interval, num, text, unknown } from '../figures.ts';
import type { LeaderboardKey, LeaderboardQuery, PeerGroup } from '../generated/operations.ts';
import { type Html, html } from '../html.ts';
import { CONFIDENCE_LABELS, LEADERBOARD_KEY_LABELS, labelOf, PEER_GROUP_LABELS, SCORE_LABELS } from '../labels.ts';
import { comparePageLink, leaderboardPageLink, modelPageLink } from '../links.ts';

export type Board = LeaderboardQuery['leaderboard'];
type Edge = Board['edges'][number];

export const PEER_GROUPS = Object.keys(PEER_GROUP_LABELS) as PeerGroup[];
export const LEADERBOARD_KEYS = Object.keys(LEADERBOARD_KEY_LABELS) as LeaderboardKey[];
/** The keys the score form offers; a benchmark is asked for by its own form, which names it. */
const SCORE_KEYS = LEADERBOARD_KEYS.filter((key) => key !== 'BENCHMARK');

/** What the board ranks by, as its column heading: a score's name, or the benchmark's name and metric as the source gives them. */
function valueHeading(board: Field<Board>): Html {
  const { by } = board.value;
  if (by !== 'BENCHMARK') return html`${labelOf(SCORE_LABELS, by)}`;
  return html`${text(board.at('benchmarkName'))}<br><small class="note">${text(board.at('metric'))}</small>`;
}

export function boardTitle(board: Board): string {
  const ranked = board.by === 'BENCHMARK' ? (board.benchmarkName ?? board.benchmarkId) : labelOf(LEADERBOARD_KEY_LABELS, board.by);
  return `Leaderboard: ${labelOf(PEER_GROUP_LABELS, board.peerGroup)} by ${ranked}`;
}

/** The title, with a benchmark's name marked as the field it is (names carry digits). */
export function boardHeading(board: Field<Board>): Html {
  if (board.value.by !== 'BENCHMARK') return html`${boardTitle(board.value)}`;
  return html`Leaderboard: ${labelOf(PEER_GROUP_LABELS, board.value.peerGroup)} by ${text(board.at('benchmarkName'))}`;
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>, selected: T) =>
  values.map((value) => html`<option value="${value}"${value === selected ? html` selected` : ''}>${labelOf(labels, value)}</option>`);

/**
 * Two GET forms: by a score, or by one benchmark of the board's peer group. Apart, so that moving
 * from a benchmark back to a score does not carry a benchmark id the API refuses without
 * `by: BENCHMARK`.
 */
export function boardForms(board: Board): Html {
  const by = board.by === 'BENCHMARK' ? 'OVERALL' : board.by;
  return html`<form class="pick" method="get" action="/leaderboard">
<label class="choice">Peer group<select name="peerGroup">${options(PEER_GROUPS, PEER_GROUP_LABELS, board.peerGroup)}</select></label>
<label class="choice">Ranked by<select name="by">${options(SCORE_KEYS, LEADERBOARD_KEY_LABELS, by)}</select></label>
<button type="submit">Show</button>
</form>
<form class="pick" method="get" action="/leaderboard">
<input type="hidden" name="peerGroup" value="${board.peerGroup}">
<input type="hidden" name="by" value="BENCHMARK">
<label>Or by one benchmark of these models (its id; a model page links each result to its board)<input name="benchmarkId" required value="${board.benchmarkId ?? ''}" placeholder="lmarena-text"></label>
<button type="submit">Show</button>
</form>`;
}

/** The rank as the API gives it, and whether it is shared: a statistical tier or equal values. */
function rankCell(board: Field<Board>, node: Field<Edge['node']>): Html {
  const tied = node.value.tiedWithCount
    ? html`<br><small class="note">${board.value.statisticalTies ? 'statistically tied' : 'tied: equal values'}</small>`
    : '';
  return html`#${num(node.at('rank'))}${tied}`;
}

/** The model next to this one on the page (the one above, or below for the first), to compare the two. */
function neighbourLink(edges: Field<Edge>[], index: number): Html {
  const here = edges[index]!.at('node').at('model');
  const neighbour = (edges[index - 1] ?? edges[index + 1])?.at('node').at('model');
  if (!neighbour) return html`<span class="note">no other model on this page</span>`;
  return html`<a href="${comparePageLink([here.value.canonicalId, neighbour.value.canonicalId])}">vs ${text(neighbour.at('name'))}</a>`;
}

/** The boards whose values are the quality or rest on it: only their entries carry a confidence. */
const hasConfidence = ({ by }: Board) => by === 'OVERALL' || by === 'BENCHMARKS';

function row(board: Field<Board>, edges: Field<Edge>[], index: number): Html {
  const node = edges[index]!.at('node');
  const model = node.at('model');
  const previous = edges[index - 1]?.value.node.rank;
  const confidence = node.value.confidence ? labelOf(CONFIDENCE_LABELS, node.value.confidence) : unknown('UNKNOWN');
  return html`<tr${previous !== undefined && previous !== node.value.rank ? html` class="tier"` : ''}><td>${rankCell(board, node)}</td>${
    board.value.statisticalTies ? html`<td class="num">#${num(node.at('bestPossibleRank'))}</td>` : ''
  }<th scope="row"><a href="${modelPageLink(model.value.canonicalId)}">${text(model.at('name'))}</a><br><small class="note">${text(model.at('lab').at('name'))}</small></th><td class="num">${num(
    node.at('value'),
  )}${interval(node.at('interval'))}</td>${hasConfidence(board.value) ? html`<td>${confidence}</td>` : ''}<td>${neighbourLink(edges, index)}</td></tr>`;
}

/** The API's own rule for the ties, when it serves one. */
function tieRule(rules: Field<LeaderboardQuery['methodology']['rules']>): Html {
  const rule = rules.find((candidate) => candidate.area === 'whichModel' && candidate.name === 'leaderboardTies');
  return rule ? html`<p class="note">${text(rule.at('rule'))}</p>` : html``;
}

function pagination(board: Field<Board>): Html {
  const { peerGroup, by, benchmarkId, pageInfo } = board.value;
  const link = (after?: string) => leaderboardPageLink({ peerGroup, by, benchmarkId: benchmarkId ?? undefined, after });
  const links = [
    pageInfo.hasPreviousPage ? html`<a href="${link()}">First page</a>` : '',
    pageInfo.hasNextPage && pageInfo.endCursor ? html`<a href="${link(pageInfo.endCursor)}" rel="next">Next page</a>` : '',
  ];
  return links.some(Boolean) ? html`<nav class="pages" aria-label="Pages of the leaderboard">${links}</nav>` : html``;
}

export function rankingSection(board: Field<Board>, rules: Field<LeaderboardQuery['methodology']['rules']>): Html {
  const edges = board.at('edges').items();
  const { higherIsBetter, statisticalTies } = board.value;
  const direction = higherIsBetter ? '' : html`<p class="note">Lower is better on this benchmark: the lowest value ranks first.</p>`;
  const table = edges.length
    ? html`<div class="scroll"><table><caption class="note">${num(board.at('totalCount'))} ranked${
        board.value.pageInfo.hasNextPage || board.value.pageInfo.hasPreviousPage ? ', one page at a time' : ''
      }</caption><thead><tr><th scope="col">Rank</th>${statisticalTies ? html`<th scope="col">Best possible rank</th>` : ''}<th scope="col">Model</th><th scope="col">${valueHeading(
        board,
      )}</th>${hasConfidence(board.value) ? html`<th scope="col">Confidence</th>` : ''}<th scope="col">Compare</th></tr></thead><tbody>${edges.map((_, index) =>
        row(board, edges, index),
      )}</tbody></table></div>${pagination(board)}${tieRule(rules)}`
    : html`<p class="unknown">No ${labelOf(PEER_GROUP_LABELS, board.value.peerGroup)} have this value: none is ranked.</p>`;
  return html`<section aria-labelledby="ranking"><h2 id="ranking">Ranking</h2>${direction}${table}</section>`;
}

/** The models the board cannot rank, by why: the API's reason and sentence, and the models themselves. */
export function unrankedSection(board: Field<Board>): Html {
  const groups = board.at('unrankedReasons').items();
  const body = groups.length
    ? html`<p>${num(board.at('unranked'))} of the ${labelOf(PEER_GROUP_LABELS, board.value.peerGroup)} have no value to rank by:</p><ul class="reasons">${groups.map(
        (group) =>
          html`<li>${num(group.at('count'))} ${group.value.count === 1 ? 'model' : 'models'}, ${unknown(group.at('reason'), group.at('detail'))}<details><summary>The models</summary><ul class="names">${group
            .at('models')
            .items()
            .map((model) => html`<li><a href="${modelPageLink(model.value.canonicalId)}">${text(model.at('name'))}</a></li>`)}</ul></details></li>`,
      )}</ul>`
    : html`<p>Every model of the group has a value: none is left out.</p>`;
  return html`<section aria-labelledby="unranked"><h2 id="unranked">Not ranked</h2>${body}</section>`;
}
