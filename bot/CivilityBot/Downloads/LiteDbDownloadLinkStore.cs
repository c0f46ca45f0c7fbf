using CivilityBot.Storage;
using LiteDB;

namespace CivilityBot.Downloads;

public sealed class LiteDbDownloadLinkStore : IDownloadLinkStore
{
    private readonly ILiteCollection<DownloadLink> _links;

    public LiteDbDownloadLinkStore(BotDatabase database)
    {
        _links = database.Collection<DownloadLink>("download_links");
        _links.EnsureIndex(link => link.ExpiresAt);
    }

    public void Insert(DownloadLink link) => _links.Insert(link);

    public DownloadLink? Find(string id) => _links.FindById(id);

    public int DeleteExpired(DateTimeOffset now) => _links.DeleteMany(link => link.ExpiresAt <= now);
}
