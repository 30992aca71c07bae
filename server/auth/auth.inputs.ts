import { Field, InputType } from "type-graphql";
import { IsEmail, Length, MaxLength } from "class-validator";

@InputType({ description: "Credentials of an account." })
export class SignInInput {
  @Field(() => String, { description: "E-mail address (case does not matter)." })
  @IsEmail({}, { message: "Adresse électronique invalide." })
  @MaxLength(254, { message: "Adresse électronique trop longue." })
  email!: string;

  @Field(() => String, { description: "Password." })
  @Length(1, 200, { message: "Saisissez votre mot de passe." })
  password!: string;
}
