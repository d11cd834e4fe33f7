-- Posts per author
SELECT a.name, COUNT(p.id) AS posts
FROM authors a
LEFT JOIN posts p ON p.author_id = a.id
WHERE p.title LIKE 'It''s %' AND p.draft = FALSE /* published */
GROUP BY a.name
HAVING count(*) > 10
ORDER BY posts DESC
LIMIT 5;
CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL DEFAULT '');
