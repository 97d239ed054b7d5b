SELECT 'it''s; "q;" [b;]' -- ;
;;