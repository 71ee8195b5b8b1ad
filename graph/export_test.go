package graph

// MigrationKeys are the keys of every migration, in the order they run.
func MigrationKeys() []string {
	keys := make([]string, len(migrations))
	for i, m := range migrations {
		keys[i] = m.key
	}
	return keys
}
