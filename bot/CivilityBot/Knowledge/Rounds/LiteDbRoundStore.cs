using CivilityBot.Storage;
using LiteDB;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>Rounds in the bot's LiteDB file (collections "rounds" and "round_drafts"); each write is one transaction.</summary>
public sealed class LiteDbRoundStore : IRoundStore
{
    private readonly BotDatabase _database;
    private readonly ILiteCollection<CampaignRound> _rounds;
    private readonly ILiteCollection<RoundDraft> _drafts;
    private readonly Lock _gate = new();

    public LiteDbRoundStore(BotDatabase database)
    {
        _database = database;
        _rounds = database.Collection<CampaignRound>("rounds");
        _drafts = database.Collection<RoundDraft>("round_drafts");
    }

    public IReadOnlyList<CampaignRound> Rounds() => [.. _rounds.FindAll().OrderBy(round => round.Id)];

    public CampaignRound Start(CampaignRound archived, CampaignRound next)
    {
        lock (_gate)
        {
            return _database.InTransaction(() =>
            {
                var count = _rounds.Count();
                var activeId = count == 0 ? 1 : _rounds.Max(round => round.Id);
                if (archived.Id != activeId || (count > 0 && _rounds.FindById(activeId).IsArchived))
                {
                    throw new InvalidOperationException($"Round {archived.Id} is not the active round ({activeId}).");
                }

                _rounds.Upsert(archived);
                var stored = next with { Id = activeId + 1, ArchivedAt = null, ArchivedBy = null, ArchivedPlanJson = null, ChangesAfter = null };
                _rounds.Insert(stored);
                return stored;
            });
        }
    }

    public RoundDraft SaveDraft(RoundDraft draft)
    {
        lock (_gate)
        {
            return _database.InTransaction(() =>
            {
                var stored = draft with { Id = _drafts.Count() + 1 };
                _drafts.Insert(stored);
                return stored;
            });
        }
    }

    public RoundDraft? FindDraft(int id) => _drafts.FindById(id);
}
