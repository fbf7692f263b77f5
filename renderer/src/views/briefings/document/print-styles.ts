import chartCss from '../../../components/charts/target-chart.css?inline';
import documentCss from './briefing-document.css?inline';

/**
 * The stylesheets a printed briefing needs, as text for the printable HTML: the document's
 * own and the chart's (its legend). The same files style the preview in the app.
 */
export const PRINT_STYLESHEETS: readonly string[] = [chartCss, documentCss];
