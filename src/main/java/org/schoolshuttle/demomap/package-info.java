/**
 * The fictional demo township (青石镇 / Qingshi Town and its villages) that ships as
 * {@code routing-data/demo-township.osm.gz}: its layout, and the code that writes it as OpenStreetMap XML.
 * The map is invented, so the repository can carry a routable area without any ODbL-licensed data;
 * a real region is configured at run time instead. Nothing else in the service depends on this package.
 */
package org.schoolshuttle.demomap;
