using CsCheck;
using ReportPortal.Knowledge.Search;

namespace ReportPortal.Knowledge.Tests.Search;

/// <summary>Thousands of generated queries through the real FTS5 index: search answers, never throws.</summary>
public sealed class SearchFuzzTests(FixtureIndex index) : IClassFixture<FixtureIndex>
{
    [Fact]
    public void Any_query_gives_results_or_an_empty_answer()
    {
        QueryGen.Query.Sample(q =>
        {
            using var db = index.Open();
            var result = new SearchService(db, index.Catalog).SearchAsync(q, limit: 5).GetAwaiter().GetResult();
            return result.Hits.Count <= 5 && result.Total >= result.Hits.Count
                && result.Hits.All(h => !h.Snippet.Contains('\0', StringComparison.Ordinal));
        }, iter: 3000, threads: 1);
    }

    [Fact]
    public void Any_match_expression_the_parser_makes_is_valid_fts5()
    {
        using var db = index.Open();
        var connection = (Microsoft.Data.Sqlite.SqliteConnection)Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM search_fts WHERE search_fts MATCH $q";
        var parameter = command.Parameters.Add("$q", Microsoft.Data.Sqlite.SqliteType.Text);

        QueryGen.Query.Sample(q =>
        {
            var query = SearchQuery.Parse(q);
            if (query.IsEmpty)
            {
                return;
            }

            foreach (var expression in new[] { query.ToMatchExpression(), query.ToRelaxedMatchExpression() })
            {
                parameter.Value = expression;
                command.ExecuteScalar();
            }
        }, iter: 5000, threads: 1);
    }

    [Fact]
    public void Any_prefix_gives_suggestions_without_throwing()
    {
        using var db = index.Open();
        var suggest = Suggestions.Load(index.Catalog);

        QueryGen.Query.Sample(q => suggest.Suggest(q).Count <= 8, iter: 5000);
    }
}
