-- The side of the road a stop's families live on, as a point a few metres off the stop toward their homes: the
-- route arrives and leaves with it at the door (GraphHopper's curb side). Null: the route keeps no side there.
ALTER TABLE route_stop ADD COLUMN side_lat DOUBLE PRECISION;
ALTER TABLE route_stop ADD COLUMN side_lon DOUBLE PRECISION;
