-- One row every storage transaction locks first (SELECT ... FOR UPDATE), so that transactions of
-- several storage servers insert and commit one after the other: ids become visible in increasing
-- order, which processing's id cursor relies on.
CREATE TABLE write_order (
  id TINYINT NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;

INSERT INTO write_order (id) VALUES (1);
