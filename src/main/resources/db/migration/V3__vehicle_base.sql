-- Where a vehicle is kept overnight (a company's depot): its routes start and end there. Empty for a
-- volunteer's own car, which starts at its owner's home.
ALTER TABLE vehicle ADD COLUMN base_lat DOUBLE PRECISION;
ALTER TABLE vehicle ADD COLUMN base_lon DOUBLE PRECISION;
