using CivilityBot.Turns;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// What 导入任务分解表 tells a coordinator to do. The default (<see cref="PersonalChatTaskTableInvitation"/>) asks for the
/// file in personal chat; the Uploads feature can register one that gives a signed upload link for the purpose
/// <see cref="TaskTableUploadPurpose.PurposeKey"/> instead (registered before AddRounds, or replacing this service).
/// </summary>
public interface ITaskTableInvitation
{
    /// <summary>The Chinese reply to <paramref name="sender"/>, a coordinator.</summary>
    string Compose(SenderIdentity sender);
}
