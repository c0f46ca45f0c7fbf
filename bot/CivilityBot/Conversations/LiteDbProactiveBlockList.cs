using CivilityBot.Storage;
using LiteDB;

namespace CivilityBot.Conversations;

/// <summary>People who blocked or uninstalled the bot, kept so previews say so without asking Teams each time.</summary>
public sealed class LiteDbProactiveBlockList(BotDatabase database)
{
    private readonly ILiteCollection<ProactiveBlock> _blocks = database.Collection<ProactiveBlock>("proactive_blocks");

    public void Block(string personName, string code, DateTimeOffset at) =>
        _blocks.Upsert(new ProactiveBlock { Id = personName, Code = code, BlockedAt = at });

    /// <summary>Blocked unless one of the person's conversations was seen after the block (they came back).</summary>
    public bool IsBlocked(string personName, IReadOnlyList<ConversationReferenceRecord> known)
    {
        var block = _blocks.FindById(personName);
        return block is not null && !known.Any(r => r.UpdatedAt > block.BlockedAt);
    }
}
