namespace CivilityBot.Protocol.Schema;

/// <summary>One @mention in a message: the account mentioned and the text (<c>&lt;at&gt;name&lt;/at&gt;</c>) it stands for.</summary>
/// <param name="Id">The mentioned account's channel id (Teams: 29:… for users, 28:… for bots).</param>
/// <param name="Name">The display name Teams showed.</param>
/// <param name="AadObjectId">The Entra object id, when Teams sent one.</param>
/// <param name="Text">The exact text of the mention inside the message text.</param>
public sealed record Mention(string? Id, string? Name, string? AadObjectId, string Text);
