using Microsoft.IdentityModel.Tokens;

namespace CivilityBot.Protocol.Auth;

/// <summary>One snapshot of the channel's signing keys and, per key id, the channels each key is endorsed for.</summary>
internal sealed class ChannelMetadata
{
    public ChannelMetadata(
        IReadOnlyDictionary<string, SecurityKey> keysById,
        IReadOnlyDictionary<string, HashSet<string>> endorsementsByKeyId,
        DateTimeOffset fetchedAt)
    {
        KeysById = keysById;
        EndorsementsByKeyId = endorsementsByKeyId;
        FetchedAt = fetchedAt;
    }

    public IReadOnlyDictionary<string, SecurityKey> KeysById { get; }

    public IReadOnlyDictionary<string, HashSet<string>> EndorsementsByKeyId { get; }

    public DateTimeOffset FetchedAt { get; }
}
