// Cytoscape with the extensions the explorer uses, registered once for the whole app and the tests.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

export default cytoscape;
