"""Common given names: a capitalised pair opening with one is a person's name."""

from __future__ import annotations

from reportgen.summarize._tokens import word_set

GIVEN_NAMES = word_set(
    """Aaron Abdul Abdullah Adam Adrian Ahmed Aidan Aisha Alan Alastair Alex Alexander
    Alexandra Ali Alice Alison Amanda Amir Amy Andrew Andy Angela Ann Anna Anne Anthony Anton
    Arthur Ashley Barbara Barry Ben Benjamin Bernard Beth Bill Billy Bob Brian Bruce Callum
    Cameron Carl Carlos Caroline Catherine Charles Charlie Charlotte Chloe Chris Christine
    Christopher Claire Colin Connor Craig Daniel Danny Darren Dave David Dean Deborah Dennis
    Derek Diana Diane Dominic Donald Dylan Edward Eileen Elaine Eleanor Elizabeth Ellie Emily
    Emma Eric Euan Evan Fatima Fiona Frances Francis Frank Gareth Gary Gavin Geoff Geoffrey
    George Gerald Gillian Glen Gordon Graham Grant Greg Gregor Gwen Hamish Hannah Harry Hassan
    Heather Helen Henry Hugh Hussein Ian Imran Isaac Isabel Jack Jacob Jake James Jamie Jan
    Jane Janet Jason Jean Jeff Jennifer Jenny Jeremy Jessica Jim Jimmy Joan Joanna Joe John
    Jon Jonathan Joseph Josh Joshua Joyce Judith Julia Julian Julie Justin Karen Kate
    Katherine Kathleen Keith Kelly Ken Kevin Khalid Kieran Kim Laura Lauren Leah Lee Leo Leon
    Leslie Liam Linda Lisa Liz Louise Lucy Luke Lynn Malcolm Margaret Maria Marie Mark Martin
    Mary Matt Matthew Megan Melanie Michael Michelle Mike Mohammed Mohammad Muhammad Nadia
    Naomi Natalie Neil Nicholas Nick Nicola Nigel Noel Oliver Olivia Omar Owen Patricia Patrick
    Paul Pauline Peter Philip Phil Priya Rachel Rahul Raj Ravi Rebecca Rhys Richard Rob Robert
    Robin Roger Ronald Rosie Ross Roy Ruth Ryan Sally Sam Samantha Samuel Sandra Sarah Scott
    Sean Sebastian Shane Sharon Shaun Sheila Simon Sophie Stephen Steve Steven Stuart Sue Susan
    Tariq Teresa Terry Thomas Tim Timothy Tina Toby Tom Tomos Tony Tracy Trevor Valerie Vanessa
    Victor Vincent Wayne Wendy William Yasmin Yusuf Zoe Zara
    Aled Angharad Bethan Carwyn Cerys Dafydd Eluned Emyr Gethin Hefin Huw Ieuan Iwan Llyr
    Lynne Mared Meleri Nia Owain Rhodri Rhun Rhian Sian Siân Siobhan Aoife Niamh Ciaran Padraig
    Eilidh Iain Morag Ruaridh Seamus Lorna Moira Fergus Angus Kirsty Shona"""
)
"""Given names common in English-language text; countries and cities named like people
("Jordan", "Florence") are left out, so a place is never read as a person."""
