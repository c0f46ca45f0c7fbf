namespace CivilityBot.Protocol.Schema;

/// <summary>The connector's answer to a send, reply or update: the activity id.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}
