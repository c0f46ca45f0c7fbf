using CivilityBot.Knowledge;

namespace CivilityBot.Outreach;

/// <summary>What a group chat or channel reads when a personal card went to (or could not reach) the sender's 1:1 chat.</summary>
public static class PersonalDeliveryTexts
{
    /// <summary>The pointer left in the shared conversation; <paramref name="who"/> is the sender's mention (or name).</summary>
    public static string Pointer(string who, string summary, ReplyLanguage language) => language == ReplyLanguage.English
        ? $"{who} sent to you in a private chat: {summary}. Open your personal chat with the bot to see it."
        : $"{who} 已私信发送给您：{summary}。请在与机器人的个人聊天中查看。";

    /// <summary>
    /// Said in the shared conversation when no 1:1 chat could be reached: what the person must do, and that the card is
    /// not shown here on purpose. <paramref name="reason"/> is the messenger's Chinese reason (may be null).
    /// </summary>
    public static string CannotReach(string who, string summary, string command, string? reason, ReplyLanguage language) => language == ReplyLanguage.English
        ? $"{who} I could not send \"{summary}\" to you in a private chat{Because(reason, language)}. It is personal, so it is not shown here. " +
          $"Open a personal chat with the bot once (select the bot's name → Chat, or find it under Apps and add it), send it any message, then send \"{command}\" again."
        : $"{who} 无法私信发送“{summary}”给您{Because(reason, language)}。这是个人内容，不在群里显示。" +
          $"请先打开与机器人的个人聊天（点击机器人的名字 → “聊天”，或在“应用”中找到它并添加），随便发一条消息，然后再发送一次“{command}”。";

    /// <summary>Said when a later card of several could not follow the first one.</summary>
    public static string PartlySent(ReplyLanguage language) => language == ReplyLanguage.English
        ? "Part of it could not be sent to your private chat; send the command again to get the rest."
        : "部分内容未能私信送达，请再发送一次命令获取其余内容。";

    private static string Because(string? reason, ReplyLanguage language) => reason is not { Length: > 0 }
        ? string.Empty
        : language == ReplyLanguage.English ? $" ({reason})" : $"（{reason}）";
}
