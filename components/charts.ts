/**
 * chart.js registration, once, for the pieces our charts use (line and bar, category, linear
 * and time-free axes). Importing this module before rendering a react-chartjs-2 chart is enough.
 */
import { BarElement, CategoryScale, Chart, Legend, LinearScale, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(CategoryScale, LinearScale, PointElement, LineElement, BarElement, Tooltip, Legend);

/** Colours that stay readable in print and for common colour-vision deficiencies. */
export const PALETTE = ['#1b6ca8', '#d1495b', '#edae49', '#00798c', '#66a182', '#8d6a9f', '#30638e', '#a5473d'];
