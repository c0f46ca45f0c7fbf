using CivilityBot.Turns;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>The invitation without an upload link: send the .xlsx to the bot in personal chat.</summary>
public sealed class PersonalChatTaskTableInvitation : ITaskTableInvitation
{
    public string Compose(SenderIdentity sender) => RoundTexts.ImportHowTo;
}
