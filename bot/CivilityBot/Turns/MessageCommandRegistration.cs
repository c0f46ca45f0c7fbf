namespace CivilityBot.Turns;

/// <summary>A chat command type and its slot in <see cref="CommandOrder"/>, as a feature registered it.</summary>
public sealed record MessageCommandRegistration(CommandOrder Order, Type CommandType);
