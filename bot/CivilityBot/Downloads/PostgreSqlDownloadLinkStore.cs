using CivilityBot.Storage.PostgreSql;
using Dapper;
using static CivilityBot.Storage.PostgreSql.PostgreSqlRows;

namespace CivilityBot.Downloads;

/// <summary>Issued download links on PostgreSQL (table <c>download_links</c>, the link as jsonb), so a link made on one instance opens on any.</summary>
public sealed class PostgreSqlDownloadLinkStore(PostgreSqlDatabase database) : IDownloadLinkStore
{
    public void Insert(DownloadLink link)
    {
        using var connection = database.Open();
        connection.Execute("INSERT INTO download_links (id, expires_at, doc) VALUES (@Id, @expiresAt, @doc::jsonb)",
            new { link.Id, expiresAt = Utc(link.ExpiresAt), doc = JsonDocuments.Write(link) });
    }

    public DownloadLink? Find(string id)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<string>("SELECT doc::text FROM download_links WHERE id = @id", new { id })
            is { } doc ? JsonDocuments.Read<DownloadLink>(doc) : null;
    }

    public int DeleteExpired(DateTimeOffset now)
    {
        using var connection = database.Open();
        return connection.Execute("DELETE FROM download_links WHERE expires_at <= @now", new { now = Utc(now) });
    }
}
