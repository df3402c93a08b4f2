// Entry point: each behaviour is a small module; every page works without any of them.
import { fillBrowserTimeZone } from './time-zone.js';

fillBrowserTimeZone(document);
