using Microsoft.EntityFrameworkCore;

namespace ReportPortal.Knowledge.Index;

/// <summary>The SQLite index of the content. Besides these tables the index has the FTS5 table <c>search_fts</c>
/// (see <see cref="SearchIndexSql"/>), written and read with SQL.</summary>
public sealed class PortalDb(DbContextOptions<PortalDb> options) : DbContext(options)
{
    public DbSet<DocumentRow> Documents => Set<DocumentRow>();
    public DbSet<NameRow> Names => Set<NameRow>();
    public DbSet<SectionRow> Sections => Set<SectionRow>();
    public DbSet<LinkRow> Links => Set<LinkRow>();
    public DbSet<RelationRow> Relations => Set<RelationRow>();
    public DbSet<RelationTypeRow> RelationTypes => Set<RelationTypeRow>();
    public DbSet<EventRow> Events => Set<EventRow>();
    public DbSet<ProblemRow> Problems => Set<ProblemRow>();
    public DbSet<MetaRow> Meta => Set<MetaRow>();
    public DbSet<RedirectRow> Redirects => Set<RedirectRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DocumentRow>(e =>
        {
            e.HasKey(d => d.Id);
            e.HasIndex(d => d.Kind);
        });
        modelBuilder.Entity<NameRow>().HasIndex(n => n.Key);
        modelBuilder.Entity<NameRow>().HasIndex(n => n.DocumentId);
        modelBuilder.Entity<SectionRow>().HasIndex(s => new { s.DocumentId, s.Ordinal });
        modelBuilder.Entity<LinkRow>().HasIndex(l => l.ToId);
        modelBuilder.Entity<LinkRow>().HasIndex(l => l.FromId);
        modelBuilder.Entity<RelationRow>().HasIndex(r => r.SubjectId);
        modelBuilder.Entity<RelationRow>().HasIndex(r => r.ObjectId);
        modelBuilder.Entity<RelationTypeRow>().HasKey(t => t.Key);
        modelBuilder.Entity<EventRow>().HasIndex(e => e.Sort);
        modelBuilder.Entity<MetaRow>().HasKey(m => m.Key);
        modelBuilder.Entity<RedirectRow>().HasKey(r => r.FromId);
    }

    /// <summary>Options for a context on an index file; read-only for serving.</summary>
    public static DbContextOptions<PortalDb> OptionsFor(string connectionString) =>
        new DbContextOptionsBuilder<PortalDb>().UseSqlite(connectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options;
}
